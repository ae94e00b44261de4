"""Demo course content as plain data, in Latvian and English, loaded by `load_demo`.

Lesson bodies are lists of `(block_type, value)` pairs, one per StreamField block:

- ("text", "<p>…</p>")  rich text: <p>, <h2>, <ul>/<ol>/<li>, <strong>, <em>, <a href>
- ("key_points", {"heading": str, "points": [str, …]})
- ("callout", {"kind": "example" | "tip" | "warning", "heading": str, "text": "<p>…</p>"})
- ("action_plan", {"heading": str, "rows": [{"action": str, "responsible": str,
    "timeframe": str, "financing": str, "indicators": str}, …]})
- ("table", {"caption": str, "header": [str, …], "rows": [[str, …], …]})
- ("quote", {"quote": str, "source": str})
- ("checklist", {"heading": str, "items": [str, …]})
- ("quiz", {"heading": str, "questions": [{"question": str, "multiple": bool,
    "options": [{"text": str, "correct": bool}, …], "explanation": str}, …]})

A lesson is {"slug": str, "minutes": int, "steps": [SECAP step numbers 1–10],
"sectors": [sector slugs], "lv": {"title": str, "summary": str, "body": [...]},
"en": {... the same keys ...}}; the lv and en bodies have the same block structure, and the
quiz questions, options and correct answers correspond one to one.
"""
