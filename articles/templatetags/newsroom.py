"""Template helpers for reader pages: links that keep the query string, tags by kind."""

import datetime

from django import template

from ..models import Tag

register = template.Library()

_KIND_LABELS = {
    Tag.PLACE: "Places",
    Tag.ORGANISATION: "Organisations",
    Tag.TOPIC: "Topics",
    Tag.OTHER: "Other tags",
}


@register.simple_tag(takes_context=True)
def page_url(context, page_number):
    """The current URL's query string with ``page`` set: search and filters survive paging."""
    params = context["request"].GET.copy()
    params["page"] = page_number
    return "?" + params.urlencode()


@register.filter
def tags_by_kind(tags):
    """[(label, [tags])] in the order places, organisations, topics, other; empty groups left out."""
    groups = {kind: [] for kind in _KIND_LABELS}
    for tag in sorted(tags, key=lambda tag: tag.name.casefold()):
        groups.setdefault(tag.kind, []).append(tag)
    return [(_KIND_LABELS.get(kind, kind), items) for kind, items in groups.items() if items]


@register.filter
def kind_label(kind):
    return _KIND_LABELS.get(kind, kind)


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with Paginator.ELLIPSIS for the gaps."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.filter
def has_time_of_day(value):
    """False for a date-only story: the parser stores those at exactly 12:00:00.000 UTC.

    (See articles/parsing/dates.py.) Showing "12:00" for them would invent a
    time the file never gave.
    """
    if value is None:
        return False
    utc = value.astimezone(datetime.timezone.utc)
    return (utc.hour, utc.minute, utc.second, utc.microsecond) != (12, 0, 0, 0)
