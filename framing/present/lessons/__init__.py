"""Classroom lessons: frozen lesson files, blind masking, zones, drift, worksheet and key."""

from framing.present.lessons.build import (
    DEFAULT_NOTES,
    DEFAULT_QUESTIONS,
    build_lesson,
    lesson_from_records,
)
from framing.present.lessons.drift import ArticleDrift, LessonDrift, lesson_drift
from framing.present.lessons.mask import (
    Masked,
    lesson_masker,
    masked,
    outlet_aliases,
    outlet_labels,
)
from framing.present.lessons.model import (
    ACTIVITIES,
    FORMAT,
    Lesson,
    LessonArticle,
    LessonError,
    PoleInfo,
    Snapshot,
    bundled_lessons,
    lesson_from_dict,
    lesson_to_dict,
    read_lesson,
)
from framing.present.lessons.worksheet import (
    SCREEN_CSS,
    answer_key_html,
    blind_article_html,
    numbered_lines,
    worksheet_html,
    zone_card_html,
)
from framing.present.lessons.zones import (
    RULES,
    ZONE_LABELS,
    ZoneItem,
    ZoneScore,
    zone_items,
    zone_score,
    zones,
)

__all__ = [
    "ACTIVITIES", "DEFAULT_NOTES", "DEFAULT_QUESTIONS", "FORMAT", "RULES", "SCREEN_CSS", "ZONE_LABELS",
    "ArticleDrift", "Lesson", "LessonArticle", "LessonDrift", "LessonError", "Masked", "PoleInfo",
    "Snapshot", "ZoneItem", "ZoneScore", "answer_key_html", "blind_article_html", "build_lesson", "bundled_lessons", "lesson_drift",
    "lesson_from_dict", "lesson_from_records", "lesson_masker", "lesson_to_dict", "masked",
    "numbered_lines", "outlet_aliases", "outlet_labels", "read_lesson", "worksheet_html",
    "zone_card_html", "zone_items", "zone_score", "zones",
]
