"""Import and export: spreadsheets, county share files, catalogue files, regional aggregation."""
