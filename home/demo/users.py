"""Demo accounts, one per role. For local use only: load_demo refuses production settings."""

from learning.choices import Role

DEMO_PASSWORD = "energo-demo-2026"  # noqa: S105 - documented local demo password

DEMO_USERS = [
    {
        "username": "coordinator",
        "first_name": "Ilze",
        "last_name": "Koordinatore",
        "role": Role.COORDINATOR,
    },
    {"username": "mentor", "first_name": "Jānis", "last_name": "Mentors", "role": Role.MENTOR},
    {
        "username": "mentee",
        "first_name": "Līga",
        "last_name": "Ozola",
        "role": Role.MUNICIPALITY_MEMBER,
    },
    {"username": "trainee", "first_name": "Mārtiņš", "last_name": "Bērziņš", "role": Role.TRAINEE},
    {
        "username": "region",
        "first_name": "Dace",
        "last_name": "Kalniņa",
        "role": Role.REGION_VIEWER,
    },
]
