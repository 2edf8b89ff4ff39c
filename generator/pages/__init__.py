"""Making pages: from the loaded content to Markdown, through the templates."""
