namespace Frontdesk.Web.Realtime;

/// <summary>An item's change pushed as its partial data and the patch that says how to apply it.</summary>
public sealed record PartialItem(object? Data, ItemPatch Patch);
