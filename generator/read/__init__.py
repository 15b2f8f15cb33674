"""Reading: load and validate policies/, import archive files, segment text into paragraphs and sentences."""
