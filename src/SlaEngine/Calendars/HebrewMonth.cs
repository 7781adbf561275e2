namespace SlaEngine.Calendars;

/// <summary>
/// A month of the Hebrew calendar, for <see cref="HolidayRule.Hebrew"/>; numbered from Nisan as in the scriptural order.
/// </summary>
/// <remarks>
/// A leap year has two months of Adar. <see cref="Adar"/> is the Adar of a common year and Adar II of a leap year (the month of
/// Purim); <see cref="AdarI"/> is Adar I of a leap year and the Adar of a common year.
/// </remarks>
public enum HebrewMonth
{
    /// <summary>Not a month; the value of rules of other kinds.</summary>
    None = 0,

    /// <summary>Nisan (Passover: 15 Nisan).</summary>
    Nisan = 1,

    /// <summary>Iyar (Israel's Independence Day: 5 Iyar).</summary>
    Iyar = 2,

    /// <summary>Sivan (Shavuot: 6 Sivan).</summary>
    Sivan = 3,

    /// <summary>Tammuz.</summary>
    Tammuz = 4,

    /// <summary>Av.</summary>
    Av = 5,

    /// <summary>Elul.</summary>
    Elul = 6,

    /// <summary>Tishrei (Rosh Hashanah: 1 Tishrei; Yom Kippur: 10 Tishrei).</summary>
    Tishrei = 7,

    /// <summary>Cheshvan (Marcheshvan).</summary>
    Cheshvan = 8,

    /// <summary>Kislev.</summary>
    Kislev = 9,

    /// <summary>Tevet.</summary>
    Tevet = 10,

    /// <summary>Shevat.</summary>
    Shevat = 11,

    /// <summary>Adar in a common year, Adar II in a leap year.</summary>
    Adar = 12,

    /// <summary>Adar I in a leap year, Adar in a common year.</summary>
    AdarI = 13,
}
