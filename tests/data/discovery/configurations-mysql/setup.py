from setuptools import find_packages, setup

REQUIRES = [
    "Django>=4.2,<4.3",
    "django-configurations>=2.5",
    "mysqlclient==2.2.4",
    "celery==5.3.6",
]

setup(
    name="booking",
    packages=find_packages(),
    install_requires=REQUIRES + ["uwsgi"],
)
