use responses::status;

const NOT_MODIFIED: responses::Status = status!(304, headers(ETag));

fn main() {}
