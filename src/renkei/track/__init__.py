"""Track and compare stored records: programme, commitments, progress, links, diffs."""
