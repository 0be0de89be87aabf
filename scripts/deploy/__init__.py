"""Publish a built site to S3 and CloudFront, in stages:

local.py (walk the site) → remote.py (walk the bucket) → plan.py (what to upload, copy in
place, delete; in a safe order) → apply.py (do it) → invalidate.py (only what changed).

plan.py, rules.py and invalidate.py are pure and table-tested; local.py reads files only;
remote.py and apply.py are the only modules that talk to S3 or CloudFront. Nothing here
imports MkDocs.
"""
