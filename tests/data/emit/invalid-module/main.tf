# Deliberately wrong Terraform: tests/terraform's checker must report every problem below.

variable "project" {
  type = string
}

resource "aws_not_a_thing" "x" {
  name = "unknown resource type"
}

resource "aws_lb" "main" {
  name        = "${var.project}-alb"
  bogus_field = true
  subnets     = [aws_subnet.missing.id]

  access_logs {
    enabled = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "r" {
  ip_protocol = "tcp"

  description {
  }
}

resource "aws_s3_bucket" "b" {
  bucket = "${var.undeclared}-${local.nope}"
}

output "bad_attribute" {
  value = aws_lb.main.no_such_attribute
}

ephemeral "aws_secretsmanager_random_password" "p" {
  length = 20
}

resource "aws_secretsmanager_secret_version" "v" {
  secret_id     = "x"
  secret_string = ephemeral.aws_secretsmanager_random_password.p.random_password
}
