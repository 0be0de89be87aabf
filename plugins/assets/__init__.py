"""Our stylesheets as one file and our scripts under content-hashed names.

bundle.py concatenates the stylesheets (url() references rebased) and names files by their
content; plugin.py swaps the site's files and the theme's extra_css / extra_javascript lists.
"""
