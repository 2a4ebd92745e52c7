@app.task(queue="not-the-apps")
def example():
    pass
