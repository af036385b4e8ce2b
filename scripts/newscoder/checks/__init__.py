"""The individual checks behind `newscoder.validate`: each returns a list of `ValidationError`s, never raises
for bad data. `newscoder.validate.validate_package` runs them in order and times them."""
