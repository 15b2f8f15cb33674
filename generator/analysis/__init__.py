"""Analysis: answers with evidence, summary, grade, readability, look-alikes and history facts."""
