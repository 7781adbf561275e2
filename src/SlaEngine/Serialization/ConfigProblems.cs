using System;
using System.Collections.Generic;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// The reader's sink for the library's shared validators: records each problem at the JSON path of the value at fault and lets
/// the validator go on, so that a document's problems are reported together.
/// </summary>
/// <remarks>
/// A validator names the value at fault by the API's parameter name (<c>otherRuleName</c>); the sink maps it to the document's
/// property (<c>rule</c>) under the path of the object being validated. A member the map does not name is taken to be a property
/// of the same name; a member mapped to <see langword="null"/> is the object itself. A holiday rule's problems go to the path
/// of the first rule with that name (<see cref="AddRule"/>).
/// </remarks>
internal sealed class ConfigProblems : Problems
{
    private static readonly (string Member, string? Property)[] s_ruleMembers =
    {
        ("otherRuleName", "rule"), ("fromRuleName", "fromRule"), ("toRuleName", "toRule"),
    };

    private readonly ConfigReader _reader;
    private readonly string _path;
    private readonly (string Member, string? Property)[] _members;
    private Dictionary<string, string>? _rulePaths;

    /// <summary>Initializes a sink for the object at <paramref name="path"/>.</summary>
    /// <param name="reader">The reader that collects the problems.</param>
    /// <param name="path">The JSON path of the object being validated.</param>
    /// <param name="members">API parameter names and the properties they come from (<see langword="null"/>: the object itself).</param>
    public ConfigProblems(ConfigReader reader, string path, params (string Member, string? Property)[] members)
    {
        _reader = reader;
        _path = path;
        _members = members;
    }

    /// <inheritdoc/>
    public override int Count => _reader.ErrorCount;

    /// <summary>Records that problems of the rule named <paramref name="name"/> belong at <paramref name="path"/> (the first such rule wins).</summary>
    public void AddRule(string name, string path)
    {
        _rulePaths ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!_rulePaths.ContainsKey(name))
        {
            _rulePaths.Add(name, path);
        }
    }

    /// <inheritdoc/>
    public override void OutOfRange(string member, object? actual, string message) => _reader.Error(PathOf(_path, member, _members), message);

    /// <inheritdoc/>
    public override void Invalid(string member, string message) => _reader.Error(PathOf(_path, member, _members), message);

    /// <inheritdoc/>
    public override void InRule(string ruleName, string? member, string message)
    {
        string rulePath = _rulePaths is not null && _rulePaths.TryGetValue(ruleName, out string? found) ? found : _path;
        _reader.Error(member is null || rulePath == _path ? rulePath : PathOf(rulePath, member, s_ruleMembers), message);
    }

    private static string PathOf(string path, string member, (string Member, string? Property)[] members)
    {
        // An element of a collection parameter, "priorities[3]": the element of the property the parameter maps to.
        int bracket = member.IndexOf('[');
        if (bracket > 0 && member[member.Length - 1] == ']'
            && int.TryParse(member.Substring(bracket + 1, member.Length - bracket - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            return ConfigReader.Item(PathOf(path, member.Substring(0, bracket), members), index);
        }

        foreach (var (name, property) in members)
        {
            if (name == member)
            {
                return property is null ? path : ConfigReader.Child(path, property);
            }
        }

        return ConfigReader.Child(path, member);
    }
}
