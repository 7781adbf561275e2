using System.Text.Json;
using Json.Schema;
using SlaEngine.Serialization.Schema;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Serialization.Schema;

/// <summary>
/// The committed schemas under <c>schemas/</c> are the generator's output, and they describe the documents: every sample and
/// every written document validates (checked with JsonSchema.Net, a validator independent of the library).
/// </summary>
public partial class JsonSchemaGeneratorTests
{
    /// <summary>Set to 1 to rewrite the files under <c>schemas/</c> from <see cref="DocumentSchemas"/> (then review the diff).</summary>
    private const string UpdateVariable = "SLAENGINE_UPDATE_SCHEMAS";

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var document in DocumentSchemas.Documents)
        {
            data.Add(document.FileName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void SchemaFile_IsTheGeneratedSchema(string fileName)
    {
        var document = DocumentSchemas.Documents.Single(d => d.FileName == fileName);
        string generated = JsonSchemaGenerator.Generate(document.Kind, document.FileName, document.Root);
        string path = RepositoryPaths.File(Path.Combine("schemas", fileName));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"schemas/{fileName} is missing; run the tests with {UpdateVariable}=1 to write it.");
        Assert.Equal(generated, File.ReadAllText(path));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void SchemaFile_IsAValidDraft202012Schema(string fileName)
    {
        // The meta-schema check: JsonSchema.Net validates a schema against draft 2020-12's meta-schema when it evaluates it.
        JsonSchema schema = Schemas.Load(fileName);
        var result = MetaSchemas.Draft202012.Evaluate(JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File(Path.Combine("schemas", fileName)))).RootElement);
        Assert.True(result.IsValid, fileName + " is not a valid draft 2020-12 schema.");
        Assert.NotNull(schema);
    }
}
