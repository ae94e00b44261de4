"""The demo course, loaded by `load_demo` from the data files in `learning/content/`."""
