using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace SlaEngine.Tests.TestSupport;

/// <summary>Loads the committed JSON Schemas under <c>schemas/</c> and validates documents with JsonSchema.Net.</summary>
public static class Schemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> s_loaded = new(StringComparer.Ordinal);

    /// <summary>Loads <c>schemas/<paramref name="fileName"/></c>.</summary>
    public static JsonSchema Load(string fileName)
        => s_loaded.GetOrAdd(fileName, f => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.File(Path.Combine("schemas", f)))));

    /// <summary>Returns the schema errors of a document, empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string fileName, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Load(fileName).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }
}
