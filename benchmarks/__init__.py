"""Throughput benchmarks for the pipeline (not part of the test suite): a synthetic corpus
generator built from the seed pages (`benchmarks.corpus`) and the benchmark command
(`python -m benchmarks.run`)."""
