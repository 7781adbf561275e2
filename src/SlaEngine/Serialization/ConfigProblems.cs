using System;
using System.Collections.Generic;
using SlaEngine.Calendars;
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
/// the rule was read from (<see cref="AddRule"/>), even when other rules share its name; a rule the document did not give (one
/// of the calendar it is based on) to the first rule the document gives with its name, else to the calendar.
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
    private List<(HolidayRule Rule, string Path)>? _rules;

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

    /// <summary>
    /// Records that the problems of <paramref name="rule"/> (this instance) belong at <paramref name="path"/>, and those of other
    /// rules with its name that the document does not give, at the first such path.
    /// </summary>
    public void AddRule(HolidayRule rule, string path)
    {
        (_rules ??= new List<(HolidayRule, string)>()).Add((rule, path));
        _rulePaths ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!_rulePaths.ContainsKey(rule.Name))
        {
            _rulePaths.Add(rule.Name, path);
        }
    }

    /// <inheritdoc/>
    public override void OutOfRange(string member, object? actual, string message) => _reader.Error(PathOf(_path, member, _members), message);

    /// <inheritdoc/>
    public override void Invalid(string member, string message) => _reader.Error(PathOf(_path, member, _members), message);

    /// <inheritdoc/>
    public override void InRule(HolidayRule rule, string? member, string message)
    {
        string rulePath = PathOfRule(rule);
        _reader.Error(member is null || rulePath == _path ? rulePath : PathOf(rulePath, member, s_ruleMembers), message);
    }

    private string PathOfRule(HolidayRule rule)
    {
        if (_rules is not null)
        {
            foreach (var (added, path) in _rules)
            {
                if (ReferenceEquals(added, rule))
                {
                    return path;
                }
            }
        }

        return _rulePaths is not null && _rulePaths.TryGetValue(rule.Name, out string? found) ? found : _path;
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
