using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Application.Queries;

/// <summary>What a findings report shows (<see cref="FindingsQuery.Report"/>): the findings, the figures their charts draw, a title.</summary>
/// <param name="Findings">The listed findings, most severe first.</param>
/// <param name="Figures">Every figure scanned: the series each finding's chart draws.</param>
/// <param name="Title">The report's title.</param>
public sealed record FindingsReport(IReadOnlyList<Finding> Findings, IReadOnlyList<Observation> Figures, string Title);
