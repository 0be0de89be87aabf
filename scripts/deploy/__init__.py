"""Publish a built site to S3 and CloudFront, in stages:

local.py (walk the site) → remote.py (walk the bucket) → plan.py (what to upload, copy in
place, delete or keep; in a safe order; the delete guards) → apply.py (do it) → invalidate.py
(only what changed and has no content hash).

Around them: commits.py (may this commit replace the live one?), state.py (the lock, the live
commit, the pending invalidation and the retired assets, kept in the bucket under .deploy/),
retry.py (each request retried on its own) and cli.py (the order of it all, and one-line
errors). plan.py, rules.py, invalidate.py and commits.decide are pure and table-tested; local.py
reads files only; remote.py, apply.py, state.py and invalidate.py's requests are the only code
that talks to S3 or CloudFront. Nothing here imports MkDocs.
"""
