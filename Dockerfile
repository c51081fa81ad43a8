# Newsroom: docker build -t newsroom . && docker run -p 8000:8000 newsroom
# The same steps as bin/serve: install, collectstatic (here at build time),
# then bin/start: migrate, import fixtures/, serve with gunicorn.

FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    VENV_PYTHON=/venv/bin/python \
    NEWSROOM_DATA_DIR=/data \
    DATABASE_URL=sqlite:////data/db.sqlite3 \
    BIND=0.0.0.0:8000
RUN useradd --create-home --uid 10001 newsroom \
    && mkdir /data && chown newsroom:newsroom /data
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=newsroom:newsroom . /app
RUN DJANGO_SECRET_KEY=collectstatic-needs-no-real-secret-key-0123456789abcdef \
    python manage.py collectstatic --noinput --verbosity 0
USER newsroom
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "bin/healthcheck"]
CMD ["bin/start", "fixtures"]
