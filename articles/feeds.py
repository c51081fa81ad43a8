"""RSS and Atom feeds of the newest stories."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from .models import Article


class LatestStoriesFeed(Feed):
    title = "Newsroom: latest stories"
    link = reverse_lazy("articles:home")
    description = "The newest wire stories in the Newsroom archive."
    item_count = 50

    def items(self):
        return Article.objects.published().with_related()[: self.item_count]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.standfirst or item.body[:300]

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or (item.agency.name if item.agency else None)

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = Atom1Feed
    subtitle = LatestStoriesFeed.description
