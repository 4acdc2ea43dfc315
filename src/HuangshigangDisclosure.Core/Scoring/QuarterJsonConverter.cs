using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>A quarter in JSON is its text, "2022Q3" (the audit log and the API), never its computed neighbours.</summary>
public sealed class QuarterJsonConverter : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Quarter.TryParse(reader.GetString(), out var quarter) ? quarter : throw new JsonException("A quarter such as \"2022Q3\" was expected.");

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
