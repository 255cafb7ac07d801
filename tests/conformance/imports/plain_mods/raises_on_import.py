raise ValueError("module failed during import")
