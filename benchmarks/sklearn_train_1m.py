#!/usr/bin/env python3
"""scikit-learn side of benchmarks/train-1m.sh: the same job as `propensity train` on the same files.

Reads the schema (same feature columns, same label, same survey join, same timestamp), pandas read_csv of the
opportunities and the surveys, survey left-joined on the id, the same time split as Propensity (rows stably
sorted by created_date, the last 20 % held out), then LogisticRegression (lbfgs, default C=1.0) on one-hot
categoricals (trimmed, lower-cased, missing as its own level) + standardised numerics and booleans (mean
imputation with missing-indicator columns). Prints the test ROC AUC, the phase timings, and which BLAS kernel
threadpoolctl sees.

usage: sklearn_train_1m.py SCHEMA OPPORTUNITIES_CSV SURVEYS_CSV"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from threadpoolctl import threadpool_info


def main(schema_path, opportunities, surveys):
    started = time.perf_counter()
    schema = json.load(open(schema_path))
    key = schema["survey"]["key"]
    missing = ["", "NA", "N/A", "null"] + schema.get("format", {}).get("missing", [])
    cats = [f["name"] for f in schema["features"] if f["kind"] == "categorical"]
    nums = [f["name"] for f in schema["features"] if f["kind"] == "numeric"]
    bools = [f["name"] for f in schema["features"] if f["kind"] == "boolean"]

    df = pd.read_csv(opportunities, na_values=missing, keep_default_na=False, low_memory=False)
    sv = pd.read_csv(surveys, na_values=missing, keep_default_na=False, low_memory=False)
    df = df.merge(sv, on=key, how="left", validate="one_to_one")
    label = schema["label"]
    y = (df[label["column"]].astype(str).str.strip().str.lower() == str(label["positive"]).lower()).astype(int).to_numpy()
    X = df[cats + nums + bools].copy()
    for b in bools:
        X[b] = X[b].astype(str).str.strip().str.lower().map({"true": 1.0, "false": 0.0, "yes": 1.0, "no": 0.0, "1": 1.0, "0": 0.0})
    for c in cats:
        X[c] = X[c].astype(str).str.strip().str.lower().where(X[c].notna(), "missing")
    # The same time split as Propensity's Splitter.byTime: stable sort by timestamp then row, last 20 % held out.
    order = np.argsort(pd.to_datetime(df[schema["timestamp"]]).to_numpy(), kind="stable")
    test_size = int(np.floor(len(order) * 0.2 + 0.5))
    train, test = np.sort(order[:-test_size]), np.sort(order[-test_size:])
    loaded = time.perf_counter()

    lr = make_pipeline(ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
        ("num", make_pipeline(SimpleImputer(strategy="mean", add_indicator=True), StandardScaler()), nums + bools)]),
        LogisticRegression(solver="lbfgs", max_iter=1000))
    lr.fit(X.iloc[train], y[train])
    fitted = time.perf_counter()
    auc = roc_auc_score(y[test], lr.predict_proba(X.iloc[test])[:, 1])
    done = time.perf_counter()
    kernels = ", ".join(f"{i['internal_api']} {i.get('version')} kernel={i.get('architecture', '-')} threads={i['num_threads']}"
                        for i in threadpool_info())
    print(f"sklearn {__import__('sklearn').__version__}, pandas {pd.__version__}, numpy {np.__version__}")
    print(f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')} "
          f"OPENBLAS_L2_SIZE={os.environ.get('OPENBLAS_L2_SIZE', '(unset)')}; threadpoolctl: {kernels}")
    print(f"rows {len(df)}: train {len(train)} / test {len(test)}; lbfgs iterations {int(lr[-1].n_iter_[0])}; "
          f"inputs {lr[0].transform(X.iloc[:1]).shape[1]}")
    print(f"phases: read+join+prepare {loaded - started:.1f} s, fit {fitted - loaded:.1f} s, predict+AUC {done - fitted:.1f} s")
    print(f"SKLEARN_TEST_AUC {auc:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
