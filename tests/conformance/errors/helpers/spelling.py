"""A helper module of suggestions_printed_for_uncaught.py and suggestions_in_traceback_module.py."""
color = "red"
