"""Site-wide bilingual glue: hreflang alternates, per-language sitemaps, the checked date."""
