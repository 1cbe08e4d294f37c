namespace Frontdesk.Grains.Catalog;

/// <param name="BufferBeforeMinutes">Preparation the specialist needs before the client arrives.</param>
/// <param name="BufferAfterMinutes">Clean-up after the client leaves; nobody else is booked in it.</param>
/// <param name="ResourceType">The kind of room, chair or device the service needs (e.g. "massage-room"), or null.</param>
public sealed record Service(
    string Id,
    string Name,
    string DirectionId,
    int DurationMinutes,
    int BufferBeforeMinutes,
    int BufferAfterMinutes,
    Money Price,
    string? ResourceType = null);
