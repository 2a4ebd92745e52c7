terraform {
  required_version = ">= 1.5"
}

resource "aws_db_instance" "billing" {
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}

resource "aws_s3_bucket" "assets" {
  bucket = "billing-assets"
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
