"""Models, text and packaged data: what the pipeline reads (no headprog stage below it)."""
