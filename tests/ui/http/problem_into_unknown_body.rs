// A problem renders into byte bodies only: `u64` is not one.
use responses::{Problem, responses};

#[responses(409(Problem))]
pub enum CreateUser {}

fn main() {
    let _: http::Response<u64> = CreateUser::conflict(Problem::new()).into();
}
