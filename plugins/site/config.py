from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BilingualConfig(Config):
    enabled = c.Type(bool, default=True)
    # Pages whose front matter must carry `checked:` (glob-free prefixes of src paths).
    checked_required = c.Type(bool, default=False)
    # The title of each heading's permanent link (toc's permalink_title), per language: the
    # toc extension has one setting for the whole site, in English unless told otherwise.
    permalink_titles = c.Type(dict, default={})
