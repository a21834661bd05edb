"""Publish: MkDocs, Pagefind, the manifest and the bundle, and the swap into site/."""
