import re


def quiz_questions(lesson):
    quiz = next(block for block in lesson.body if block.block_type == "quiz")
    return list(quiz.value["questions"].bound_blocks)


def right_answers(lesson):
    """POST data answering every question of the lesson's quiz correctly."""
    data = {}
    for child in quiz_questions(lesson):
        data[f"q-{child.id}"] = [
            str(i) for i, option in enumerate(child.value["options"]) if option["correct"]
        ]
    return data


def wrong_answers(lesson):
    data = {}
    for child in quiz_questions(lesson):
        data[f"q-{child.id}"] = [
            str(i) for i, option in enumerate(child.value["options"]) if not option["correct"]
        ][:1]
    return data


def token_from(html):
    return re.search(r'name="token" value="([0-9a-f-]+)"', html).group(1)


# Every page of the learning, library and home sections stays within this many queries,
# anonymous or logged in, however much data there is.
QUERY_LIMIT = 15


def count_queries(client, url):
    """The queries of one GET of `url`, after a first GET warmed the per-process caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)
