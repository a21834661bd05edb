"""MkDocs plugins: they only make MkDocs faster; the generated docs/ is a correct site without them."""
