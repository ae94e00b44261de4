"""Turn plain block data (from content files and factories) into raw StreamField JSON.

Block and list-item ids are derived from a seed, so loading the same content twice produces
the same ids: quiz answers stay attached to their questions and nothing counts as changed.
"""

import uuid

NAMESPACE = uuid.UUID("6f4f8c1e-3d52-4f7b-9f55-3b1b0e0c1d2a")


def _id(seed, *parts):
    return str(uuid.uuid5(NAMESPACE, ":".join([seed, *map(str, parts)])))


def _items(values, seed):
    return [
        {"type": "item", "value": value, "id": _id(seed, index)}
        for index, value in enumerate(values)
    ]


def _value(block_type, value, seed):
    if block_type in {"key_points"}:
        return {"heading": value.get("heading", ""), "points": _items(value["points"], seed)}
    if block_type == "checklist":
        return {"heading": value["heading"], "items": _items(value["items"], seed)}
    if block_type == "action_plan":
        return {"heading": value["heading"], "rows": _items(value["rows"], seed)}
    if block_type == "table":
        return {
            "caption": value["caption"],
            "table": {
                "data": [value["header"], *value["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": value["caption"],
            },
        }
    if block_type == "quiz":
        questions = []
        for number, question in enumerate(value["questions"]):
            questions.append(
                {
                    "type": "item",
                    "id": _id(seed, "question", number),
                    "value": {
                        "question": question["question"],
                        "multiple": question["multiple"],
                        "options": _items(question["options"], f"{seed}:q{number}"),
                        "explanation": question["explanation"],
                    },
                }
            )
        return {"heading": value["heading"], "questions": questions}
    return value


def stream_data(blocks, seed):
    """`[(block_type, value), …]` as a StreamField's raw data, with stable ids."""
    return [
        {
            "type": block_type,
            "value": _value(block_type, value, f"{seed}:{index}"),
            "id": _id(seed, index),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]
