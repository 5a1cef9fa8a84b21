# syntax=docker/dockerfile:1
#
# RunStrong gateway: ASP.NET Core + YARP, an Orleans client of the silo cluster.
#
# Build from the repository root (the gateway's contracts reference the pure libraries under silo/):
#
#   docker build -f infra/deploy/gateway.Dockerfile -t runstrong-gateway:dev .
#
# BuildKit reads gateway.Dockerfile.dockerignore next to this file. See docs/OPERATIONS.md.
# The SDK image must carry an SDK that satisfies global.json (10.0.401 or a later feature band).

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY contracts/RunStrong.Contracts/ contracts/RunStrong.Contracts/
COPY silo/RunStrong.Coaching/ silo/RunStrong.Coaching/
COPY silo/RunStrong.Onboarding/ silo/RunStrong.Onboarding/
COPY silo/RunStrong.Challenges/ silo/RunStrong.Challenges/
COPY gateway/RunStrong.Gateway/ gateway/RunStrong.Gateway/
COPY infra/RunStrong.ServiceDefaults/ infra/RunStrong.ServiceDefaults/

# A host's bin/ and obj/ must not reach the build (see silo.Dockerfile).
RUN find . -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +

RUN --mount=type=cache,id=runstrong-nuget,target=/root/.nuget/packages \
    dotnet publish gateway/RunStrong.Gateway/RunStrong.Gateway.csproj -c Release -o /app -p:UseAppHost=false

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./

# 8080: the tenant-facing HTTP endpoint (put TLS in front of it: an ingress or a load balancer).
ENV ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_URLS=http://+:8080
EXPOSE 8080

USER $APP_UID
ENTRYPOINT ["dotnet", "RunStrong.Gateway.dll"]
