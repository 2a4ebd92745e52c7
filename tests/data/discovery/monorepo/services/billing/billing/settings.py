from split_settings.tools import include, optional

include(
    "settings_parts/base.py",
    "settings_parts/data*.py",
    optional("settings_parts/local.py"),
)
