"""The self-assessment chart: the latest scores beside the previous ones, as rows that the SVG
bars and the table beside them (templates/exchanges/components/assessment_chart.html) read."""

from .choices import AssessmentElement

ROW_HEIGHT = 26  # px between bars
SCORE_WIDTH = 60  # px a point of score adds to a bar


def assessment_chart(assessments):
    """The chart of `assessments` (newest first, as `SelfAssessment.objects.latest_two()`
    gives them), or None when there is none."""
    if not assessments:
        return None
    latest = assessments[0]
    previous = assessments[1] if len(assessments) > 1 else None
    scores = {s.element: s for s in latest.scores.all()}
    before = {s.element: s for s in previous.scores.all()} if previous else {}
    rows = []
    for number, element in enumerate(AssessmentElement, start=1):
        score = scores.get(element.value)
        earlier = before.get(element.value)
        rows.append(
            {
                "number": number,
                "label": element.label,
                "score": score.score if score else None,
                "note": score.note if score else "",
                "previous": earlier.score if earlier else None,
                "width": (score.score if score else 0) * SCORE_WIDTH,
                "previous_width": (earlier.score if earlier else 0) * SCORE_WIDTH,
                "y": (number - 1) * ROW_HEIGHT,
            }
        )
    total = sum(row["score"] or 0 for row in rows)
    return {
        "latest": latest,
        "previous": previous,
        "rows": rows,
        "height": len(rows) * ROW_HEIGHT,
        "total": total,
        "maximum": 3 * len(rows),
    }
