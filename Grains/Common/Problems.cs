namespace Frontdesk.Grains;

/// <summary>
/// Gathers everything wrong with a command before refusing it, so the caller fixes every field in one go;
/// the refusal names each field in its details.
/// </summary>
internal sealed class Problems
{
    private readonly Dictionary<string, object?> _found = [];

    public void Add(string field, string problem) =>
        _found[field] = _found.TryGetValue(field, out var earlier) ? $"{earlier}; {problem}" : problem;

    public void Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "is required");
        else MaxLength(field, value, max);
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, $"is longer than {max} characters");
    }

    public void ThrowIfAny(string code, string what)
    {
        if (_found.Count > 0)
            throw CommandRejectedException.Invalid(code,
                $"The {what} is not valid: {string.Join("; ", _found.Select(f => $"{f.Key} {f.Value}"))}.", _found);
    }
}
