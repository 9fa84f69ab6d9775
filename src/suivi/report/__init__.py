"""Reports: human-readable views and exports of stored records."""
