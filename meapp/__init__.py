"""meapp — monitoring and evaluation of municipal development programmes."""

__version__ = "0.1.0"
APP_NAME = "meapp"
