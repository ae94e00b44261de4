from .case import CaseStudyImage, CaseStudyPage, CaseStudySource, CaseStudyTag
from .index import CaseStudyIndexPage

__all__ = [
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudySource",
    "CaseStudyTag",
]
