using Frontdesk.Grains.Stock;

namespace Frontdesk.Web.Stock;

/// <summary>The materials a visit used, as the specialist confirmed them (the proposal, edited or added to).</summary>
public sealed record VisitMaterialsBody(IReadOnlyList<MaterialUse> Uses);
