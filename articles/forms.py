"""Forms: the readers' search boxes and the editors' desk forms."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction

from .entities import normalise_key
from .models import Article, Tag, TagAlias
from .search import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    """?q= on the home page: full-text search over stories."""

    q = forms.CharField(label="Search stories", max_length=MAX_QUERY_LENGTH, required=False)


class NameFilterForm(forms.Form):
    """?q= on the people index: a name filter."""

    q = forms.CharField(label="Filter by name", max_length=100, required=False)


class PlainTextField(forms.CharField):
    """Text as the importer stores it: browsers send textarea lines ending in CRLF.

    Without this, every save from a browser would count the body as changed and
    take it over from the importer.
    """

    @staticmethod
    def normalise(value):
        return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()

    def to_python(self, value):
        value = super().to_python(value)
        return self.normalise(value) if value else value

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        return self.normalise(initial) != self.normalise(data)


class WholeSecondsSplitDateTimeField(forms.SplitDateTimeField):
    """The admin's time input shows whole seconds; imported times may carry microseconds."""

    def has_changed(self, initial, data):
        if isinstance(initial, datetime):
            initial = initial.replace(microsecond=0)
        return super().has_changed(initial, data)


# Fields whose form value is a normalised copy of the stored one (CRLF, outer
# whitespace, microseconds): left untouched, they keep the importer's exact value.
KEEP_WHEN_UNCHANGED = (
    "headline", "standfirst", "body", "dateline", "caption", "photo_credit", "byline", "published_at",
)


STALE_FORM_MESSAGE = (
    "This story was updated (by an import or another editor) since you opened it, so saving now would "
    "overwrite those changes. Your edits were not saved: reload the page to see the current version, "
    "then make your changes again."
)


class ArticleAdminForm(forms.ModelForm):
    """The article change form, plus a way to hand editor-owned fields back to the importer.

    Optimistic locking: ``opened_updated_at`` carries the article's ``updated_at``
    as it was when the form was rendered. A form opened before an import (or
    another editor's save) changed the story is refused, rather than posting
    its old values over the new ones and taking those fields over.
    """

    hand_back = forms.MultipleChoiceField(
        label="Hand back to the importer",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The next import (or this save) restores the importer's value of each ticked field.",
    )
    opened_updated_at = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Article
        fields = "__all__"
        field_classes = {
            name: PlainTextField
            for name in ("headline", "standfirst", "body", "dateline", "caption", "photo_credit", "byline")
        } | {"published_at": WholeSecondsSplitDateTimeField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated_at:
            self.initial["opened_updated_at"] = self.instance.updated_at.isoformat()
        if "hand_back" in self.fields:
            self.fields["hand_back"].choices = [(name, name) for name in self.instance.editor_fields or []]

    def clean_tags(self):
        """Typed tag names follow tag aliases, as imports do: "ISIL" lands on "Islamic State"."""
        names = self.cleaned_data.get("tags") or []
        alias_tag_ids = dict(
            TagAlias.objects.filter(key__in={normalise_key(name) for name in names}).values_list("key", "tag_id")
        )
        tags_by_id = Tag.objects.in_bulk(set(alias_tag_ids.values()))
        resolved, seen = [], set()
        for name in names:
            tag = tags_by_id.get(alias_tag_ids.get(normalise_key(name)))
            value = tag if tag is not None else name
            identity = tag.pk if tag is not None else name.casefold()
            if identity not in seen:
                seen.add(identity)
                resolved.append(value)
        return resolved

    def _current_updated_at(self):
        """The stored ``updated_at``; inside the admin's transaction, the row stays locked until the save."""
        rows = Article.objects.filter(pk=self.instance.pk)
        if transaction.get_connection(rows.db).in_atomic_block:
            rows = rows.select_for_update()
        return rows.values_list("updated_at", flat=True).first()

    def check_not_stale(self):
        opened = self.cleaned_data.get("opened_updated_at") or ""
        try:
            opened = datetime.fromisoformat(opened)
        except ValueError:
            opened = None  # missing or tampered with: cannot tell, so refuse
        if opened is None or opened != self._current_updated_at():
            raise ValidationError(STALE_FORM_MESSAGE, code="stale")

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and "opened_updated_at" in self.fields:
            self.check_not_stale()
        if self.instance.pk:
            for name in KEEP_WHEN_UNCHANGED:
                if name in cleaned and name not in self.changed_data:
                    cleaned[name] = getattr(self.instance, name)
        return cleaned


class MergeForm(forms.Form):
    """The intermediate page of a merge action: which of the selected rows to keep."""

    keep = forms.ModelChoiceField(
        queryset=None, widget=forms.RadioSelect, empty_label=None, label="Keep this one"
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset


class AliasForm(forms.ModelForm):
    """An alias row in an inline: the key is derived from the name and must be free."""

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("name")
        if not name:
            return cleaned
        key = normalise_key(name)
        if not key:
            raise ValidationError({"name": "This name has no letters or digits."})
        model = self._meta.model
        taken = model.objects.filter(key=key).exclude(pk=self.instance.pk).first()
        if taken is not None:
            owner = getattr(taken, self.fk_name)
            raise ValidationError({"name": f"“{taken.name}” already makes this name resolve to {owner}."})
        self.instance.key = key
        return cleaned

    @property
    def fk_name(self):
        # PersonAlias.person, TagAlias.tag, AgencyAlias.agency: the one foreign key.
        return next(f.name for f in self._meta.model._meta.fields if f.is_relation)


class AliasInlineFormSet(forms.BaseInlineFormSet):
    """Two new alias rows in one save must not share a key."""

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE") or not form.cleaned_data.get("name"):
                continue
            key = form.instance.key
            if key in seen:
                form.add_error("name", "Another row above already gives this name.")
            seen.add(key)
