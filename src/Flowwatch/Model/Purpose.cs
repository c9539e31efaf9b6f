namespace Flowwatch.Model;

/// <summary>
/// The purpose of a trip or permit, a closed set onto which every source's labels map
/// (учеба and Eurostat EDUC are <see cref="Study"/>; обслуживающий персонал is <see cref="Crew"/>).
/// </summary>
public enum Purpose
{
    /// <summary>All purposes together (Всего).</summary>
    Total,

    /// <summary>Official trips (Служебная).</summary>
    Official,

    /// <summary>Business (Деловая).</summary>
    Business,

    /// <summary>Tourism (Туризм).</summary>
    Tourism,

    /// <summary>Private visits (Частная).</summary>
    Private,

    /// <summary>Study (Учеба; Eurostat EDUC).</summary>
    Study,

    /// <summary>Work (Работа; Eurostat EMP, OCC).</summary>
    Work,

    /// <summary>Family reasons (Eurostat FAM).</summary>
    Family,

    /// <summary>Permanent residence (ПМЖ).</summary>
    Residence,

    /// <summary>Transit (Транзит).</summary>
    Transit,

    /// <summary>Crews and service staff of vehicles (Обслуживающий персонал).</summary>
    Crew,

    /// <summary>Anything else (Eurostat OTH).</summary>
    Other,
}
